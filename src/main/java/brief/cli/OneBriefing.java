package brief.cli;

import brief.content.LoadedBriefing;
import brief.content.LookupException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on one briefing: its ID argument (or a unique prefix, or none when there is one), where the
 * top command's options say to look, and the streams the command writes to.
 */
abstract class OneBriefing implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The briefing: its id (a unique prefix is enough) or its .yaml file.")
    String id;

    @ParentCommand
    BriefCommand top;

    /** The streams given when the command runs without picocli ({@link Direct}); else picocli's are used. */
    private PrintWriter out;
    private PrintWriter err;

    void streams(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** The briefing named, from the folders of --briefings; what failed to load is said on stderr. */
    LoadedBriefing briefing() throws LookupException {
        return Briefings.find(top.folders, id, err());
    }

    /** The folder of --data-dir, or null for the default one. */
    Path dataDir() {
        return top.dataDir;
    }

    PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }
}
