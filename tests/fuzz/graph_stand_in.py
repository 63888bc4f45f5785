"""A stand-in for Facebook's Graph API, for the API fuzz run (tests/api-fuzz.sh).

Every send (POST .../messages) is accepted with a fresh message id; every profile read
(GET /{psid}) answers a name. It prints the port it listens on, then serves until killed.
"""

import itertools
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_ids = itertools.count(1)


class Graph(BaseHTTPRequestHandler):
    def _answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._answer({"recipient_id": "0", "message_id": f"m_fuzz_{next(_ids)}"})

    def do_GET(self):
        psid = self.path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        self._answer({"id": psid, "first_name": "Test", "last_name": "Customer"})

    def log_message(self, *args):
        pass


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Graph)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
