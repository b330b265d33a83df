package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (unknown option, missing argument, invalid value) as one line plus a
 * pointer to the command's help, and returns {@link ExitCodes#USAGE}.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("newsgraph: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Usage: " + command.getHelp().synopsis(0).strip());
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for details.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
