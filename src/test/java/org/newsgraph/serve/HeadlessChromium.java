package org.newsgraph.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager never runs (nothing is downloaded). Maven installs the two
 * packages before the integration tests (src/test/scripts/ensure-chromium.sh).
 */
final class HeadlessChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /**
   * Starts a browser with a fresh profile in {@code profileParent}; the page's console messages can
   * be read through {@code driver.manage().logs().get(LogType.BROWSER)}.
   *
   * @throws IllegalStateException when Chromium or chromedriver is missing
   */
  static ChromeDriver start(Path profileParent, int width, int height) throws IOException {
    for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(program)) {
        throw new IllegalStateException(
            program
                + " is missing: run src/test/scripts/ensure-chromium.sh as root (apt-get"
                + " install chromium chromium-driver)");
      }
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory(profileParent, "chromium-profile"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    return new ChromeDriver(service, options);
  }
}
