package io.pdgitops.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request written by hand on a loopback socket, as an attacker would: the headers can declare a body that is never
 * sent in full, and the answer is read whether or not the server waited for the body.
 */
public final class RawHttp {

    /** The status of the answer, or -1 when the server closed the connection without one. */
    public static int post(int port, String path, Map<String, String> headers, long declaredLength, byte[] bodyPart,
            int timeoutMillis) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(timeoutMillis);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Content-Length: ").append(declaredLength).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(bodyPart);
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before the body is written; its answer is still to be read.
            }
            return statusOf(socket.getInputStream());
        } catch (IOException e) {
            return -1;
        }
    }

    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ");
        return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
    }

    private RawHttp() {
    }
}
