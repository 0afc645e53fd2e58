package org.warmline.legalaid.domain.linking;

/**
 * Why a group is put in front of the authorities.
 *
 * @param kind        which rule fired
 * @param workers     the group's distinct workers
 * @param amountFen   the amount the rule compared: the group's total owed (MANY_WORKERS_AMOUNT), the
 *                    largest single worker's claim that met the rule (ONE_WORKER_AMOUNT), else the total
 * @param thresholdFen the province's amount it was compared with (0 when no amount applies)
 * @param source      the rule's source (regulation and table), for the reason shown to staff
 */
public record GroupFlag(Kind kind, int workers, long amountFen, long thresholdFen, String source) {

    /** The flag rules of issue 12 point 4. */
    public enum Kind {
        /** Ten or more workers (SPC 2013 Art. 3 counts ten as "many"; also a mass-incident risk). */
        TEN_OR_MORE_WORKERS,
        /** One worker owed three months or more and at least the province's one-worker amount. */
        ONE_WORKER_AMOUNT,
        /** Ten or more workers owed at least the province's total. */
        MANY_WORKERS_AMOUNT,
        /** The employer has absconded (欠薪逃匿, Decree 724 Art. 63: the county may advance wages). */
        ABSCONDED
    }
}
