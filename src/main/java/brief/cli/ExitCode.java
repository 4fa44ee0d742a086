package brief.cli;

/** The exit codes brief promises: 0 ok, 1 user error, 2 usage error, 3 internal error. */
final class ExitCode {
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    /** Left with Ctrl-C in line mode: 128 + SIGINT, what a shell reports for a program Ctrl-C stopped. */
    static final int INTERRUPTED = 130;

    private ExitCode() {}
}
