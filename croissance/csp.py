"""The one exception to the Content-Security-Policy of settings.CONTENT_SECURITY_POLICY.

ReDoc (the API documentation page) styles itself with <style> elements created at run time by
its bundled CSS-in-JS library, which carry no nonce, and runs its search index in a web worker
created from a blob: URL. On that page only, inline *styles* and blob: workers are allowed;
scripts still need the nonce. The page shows only the public schema.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace

redoc_csp = csp_replace({"style-src": [SELF, UNSAFE_INLINE], "worker-src": [SELF, "blob:"]})
