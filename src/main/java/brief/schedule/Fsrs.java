package brief.schedule;

import java.util.Arrays;

/**
 * The FSRS-6 memory model: how likely a memory is to be recalled after some days, and how a review changes it.
 * The formulas are those of the reference implementations (fsrs-rs, py-fsrs); the 21 parameters are theirs.
 */
public final class Fsrs {
    /** FSRS-6's default parameters, trained on many reviewers' histories. */
    public static final double[] DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };
    public static final Fsrs DEFAULT = new Fsrs(DEFAULT_PARAMETERS);

    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500;
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;

    private final double[] w;
    private final double decay;
    /** Chosen so that recall is exactly 90% after {@code stability} days, whatever the decay. */
    private final double factor;

    public Fsrs(double[] parameters) {
        if (parameters.length != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 parameters, not " + parameters.length);
        }
        for (double p : parameters) {
            if (!Double.isFinite(p) || p < 0) throw new IllegalArgumentException("parameters: " + Arrays.toString(parameters));
        }
        if (parameters[20] <= 0) throw new IllegalArgumentException("the decay (parameter 20) must be above 0");
        this.w = parameters.clone();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The chance of recalling a memory of this stability after {@code days}: the power forgetting curve. */
    public double retrievability(double stability, double days) {
        return Math.pow(1 + factor * Math.max(0, days) / stability, decay);
    }

    /** The days after which recall falls to {@code desiredRetention}: not rounded, not bounded. */
    public double interval(double stability, double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1: " + desiredRetention);
        }
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /** The state after a first review. */
    public MemoryState first(Rating rating) {
        return new MemoryState(clampStability(w[rating.grade - 1]), clampDifficulty(initialDifficulty(rating)));
    }

    /**
     * The state after a review {@code days} (whole days) after the last one. The same day, only the short-term
     * formula applies: an answer given again within minutes says little about memory over days.
     */
    public MemoryState next(MemoryState last, double days, Rating rating) {
        double s = clampStability(last.stability());
        double d = clampDifficulty(last.difficulty());
        double stability;
        if (days < 1) {
            stability = shortTermStability(s, rating);
        } else {
            double r = retrievability(s, days);
            stability = rating.recalled() ? recallStability(s, d, r, rating) : forgetStability(s, d, r);
        }
        return new MemoryState(clampStability(stability), nextDifficulty(d, rating));
    }

    double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade - 1)) + 1;
    }

    /** Stability after a success: grows more for a hard-to-recall (low R), easy (low D), young (low S) memory. */
    double recallStability(double s, double d, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus);
    }

    /** Stability after a lapse; never above what the same-day formula would leave. */
    double forgetStability(double s, double d, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    /** The same-day formula; a success never lowers stability (as fsrs-rs has it, for Hard too). */
    double shortTermStability(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade - 3 + w[18])) * Math.pow(s, -w[19]);
        return s * (rating.recalled() ? Math.max(increase, 1) : increase);
    }

    /** Difficulty moves less the nearer it is to 10 (linear damping), and a little back towards Easy's start. */
    double nextDifficulty(double d, Rating rating) {
        double delta = -w[6] * (rating.grade - 3);
        double damped = d + (10 - d) * delta / 9;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    private static double clampStability(double s) {
        return Math.min(MAX_STABILITY, Math.max(MIN_STABILITY, s));
    }

    private static double clampDifficulty(double d) {
        return Math.min(MAX_DIFFICULTY, Math.max(MIN_DIFFICULTY, d));
    }
}
