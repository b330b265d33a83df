package org.newsgraph.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an HTTP {@code Host} header names this machine's loopback interface: {@code localhost},
 * an address in 127.0.0.0/8 or {@code [::1]}, with or without a port. The name is judged as
 * written, never looked up: a DNS name that resolves to 127.0.0.1 today is how a rebinding attack
 * reaches a local server from a web page.
 */
final class LoopbackHosts {

  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private LoopbackHosts() {}

  /** Whether the header value names the loopback interface. */
  static boolean isLoopback(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String host = withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT));
    return host.equals("localhost")
        || IPV4_LOOPBACK.matcher(host).matches()
        || host.equals("[::1]")
        || host.equals("[0:0:0:0:0:0:0:1]");
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
