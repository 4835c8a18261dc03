"""Headers every response carries beyond Django's security middleware.

`Permissions-Policy`: the portal uses no camera, microphone, location, payment, USB or
interest-based advertising; a script slipped into a page cannot ask for them either.
"""

PERMISSIONS_POLICY = ", ".join(
    f"{fonction}=()"
    for fonction in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
