package org.newsgraph.serve;

/** The server's port is taken by another program. */
public class PortInUseException extends ServeException {

  /** The port on the host is in use. */
  public PortInUseException(String host, int port, Throwable cause) {
    super(
        "Port "
            + port
            + " on "
            + host
            + " is already in use (another 'newsgraph serve' or another server?). Stop that"
            + " program, or give another port with --port N (--port 0 picks a free one).",
        cause);
  }
}
