package io.github.policyplan.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What every command shares: where results, problems and progress go. Progress is shown only when a
 * person is watching a terminal; otherwise (pipes, scripts, CI) the tool stays quiet.
 */
final class Context {

    final PrintStream out;
    final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();

    Context(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Shows a step of long work on a terminal, with the time since the command started. */
    void progress(String step) {
        if (terminal) {
            err.printf("policyplan: %s (%d ms)%n", step, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Writes a result to a file (a temporary file moved into place) or, without one, to standard output. */
    void write(Path file, String text) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        progress("wrote " + file);
    }
}
