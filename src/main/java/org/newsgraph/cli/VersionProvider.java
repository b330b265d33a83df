package org.newsgraph.cli;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

/** The version text of {@code newsgraph --version}, from the jar manifest. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version =
        Optional.ofNullable(Main.class.getPackage().getImplementationVersion())
            .orElse("(development build)");
    return new String[] {
      "newsgraph " + version, "Java " + Runtime.version() + "; licence GPL-3.0-or-later"
    };
  }
}
