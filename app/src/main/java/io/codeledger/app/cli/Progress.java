package io.codeledger.app.cli;

/** A one-line progress counter on stderr for long work; silent when stderr is not a terminal. */
final class Progress {

    private final String label;
    private final boolean interactive = System.console() != null;
    private long lastPrinted;

    Progress(String label) {
        this.label = label;
    }

    synchronized void update(int done) {
        long now = System.currentTimeMillis();
        if (interactive && now - lastPrinted > 250) {
            System.err.print("\r" + label + ": " + done);
            lastPrinted = now;
        }
    }

    synchronized void done() {
        if (interactive) {
            System.err.print("\r");
        }
    }
}
