package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoopbackHostsTest {

  @Test
  void loopbackNamesWithOrWithoutAPortAreLoopback() {
    assertTrue(LoopbackHosts.isLoopback("localhost"));
    assertTrue(LoopbackHosts.isLoopback("LOCALHOST:3030"));
    assertTrue(LoopbackHosts.isLoopback("127.0.0.1:3030"));
    assertTrue(LoopbackHosts.isLoopback("127.1.2.3"));
    assertTrue(LoopbackHosts.isLoopback("[::1]:3030"));
  }

  @Test
  void otherNamesAreNotEvenWhenTheyStartLikeLoopback() {
    assertFalse(LoopbackHosts.isLoopback(null));
    assertFalse(LoopbackHosts.isLoopback("evil.example:3030"));
    assertFalse(LoopbackHosts.isLoopback("127.0.0.1.evil.example"));
    assertFalse(LoopbackHosts.isLoopback("localhost.evil.example"));
    assertFalse(LoopbackHosts.isLoopback("10.0.0.5:3030"));
    assertFalse(LoopbackHosts.isLoopback(""));
  }
}
