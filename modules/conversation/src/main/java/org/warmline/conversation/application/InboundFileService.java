package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.FileReceipt;
import org.warmline.conversation.api.InboundFile;
import org.warmline.conversation.api.InboundFileMessage;
import org.warmline.conversation.api.InboundFiles;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.DialogState;
import org.warmline.conversation.domain.FileReplies;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.MessageFile;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.worker.Worker;
import org.warmline.legalaid.api.CaseEvidence;
import org.warmline.legalaid.api.EvidenceReceipt;
import org.warmline.legalaid.api.EvidenceUpload;

/**
 * Files a worker sends (issue 12, point 6). Each file goes to legal aid ({@link CaseEvidence#attach}),
 * which checks it (real type from the bytes, at most 5 MiB) and keeps it with the worker's case. A file
 * from a worker with no legal matter is kept here, with the worker's message ({@link MessageFile}), where
 * operators see it in the transcript. The files' own message (when the channel did not store one) and the
 * reply are stored like any message, so both show in the chat and the operators' transcript; a chat
 * upload that is refused stores nothing at all.
 */
@ApplicationScoped
public class InboundFileService implements InboundFiles {

    private static final Logger LOG = Logger.getLogger(InboundFileService.class.getName());

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    CaseEvidence evidence;

    @Inject
    InboundProcessing processing;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public FileReceipt receive(InboundFileMessage message) {
        boolean byPhone = message.channel().address() == Channel.Address.PHONE;
        PhoneNumber phone = byPhone ? PhoneNumber.parse(message.from()) : null;
        if (!byPhone && (message.from() == null || message.from().isBlank() || message.from().length() > 64)) {
            throw new IllegalArgumentException("a " + message.channel() + " sender id of 1..64 characters is required");
        }
        Worker worker = phone == null ? workers.findOrCreateByChat(message.from(), "zh") : workers.findOrCreate(phone, "zh");
        String language = message.language() != null ? message.language() : "en".equals(worker.language()) ? "en" : "zh";
        Instant now = clock.instant();
        boolean legalIntake = inLegalIntake(worker.id(), message.channel());
        List<FileReceipt.Outcome> outcomes = new ArrayList<>();
        List<EvidenceReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < message.files().size(); i++) {
            InboundFile file = message.files().get(i);
            if (file.bytes() == null) {
                outcomes.add(FileReceipt.Outcome.UNREACHABLE);
                receipts.add(null);
                continue;
            }
            EvidenceReceipt receipt = evidence.attach(worker.id(), new EvidenceUpload(file.bytes(), file.name(),
                    file.declaredType(), message.channel().name(), message.channelMessageId() + ":" + i, now, legalIntake));
            receipts.add(receipt);
            outcomes.add(switch (receipt.outcome()) {
                case ON_CASE -> FileReceipt.Outcome.ON_CASE;
                case AWAITING_CASE -> FileReceipt.Outcome.AWAITING_CASE;
                case NO_LEGAL_MATTER -> FileReceipt.Outcome.WITH_MESSAGE;
                case EMPTY -> FileReceipt.Outcome.EMPTY;
                case TOO_LARGE -> FileReceipt.Outcome.TOO_LARGE;
                case NOT_ACCEPTED -> FileReceipt.Outcome.NOT_ACCEPTED;
            });
        }
        String reply = FileReplies.reply(outcomes, language);
        boolean refused = outcomes.stream().allMatch(FileReceipt.Outcome::refused);
        if (message.messageId() == 0 && refused && message.channel().address() != Channel.Address.PHONE) {
            // a refused chat upload is no message: nothing is stored, the page shows the reply
            return new FileReceipt(0, false, outcomes, reply, language, 0);
        }
        long messageId = message.messageId();
        long replyId = 0;
        boolean duplicate = false;
        if (messageId == 0) {
            InboundProcessing.Stored stored = processing.storeAnswered(new InboundMessage(message.channel(),
                    message.channelMessageId(), message.from(), caption(message.files()), null, message.media()),
                    phone, reply, language);
            messageId = stored.messageId();
            duplicate = stored.existed();
            replyId = stored.reply().replyId();
            if (duplicate) {
                reply = stored.reply().reply().isEmpty() ? reply : stored.reply().reply();
            }
        }
        for (int i = 0; i < receipts.size(); i++) {
            EvidenceReceipt r = receipts.get(i);
            if (!duplicate && r != null && r.outcome() == EvidenceReceipt.Outcome.NO_LEGAL_MATTER
                    && !kept(messageId, i)) {
                em.persist(new MessageFile(messageId, i, r.detectedType(), r.sha256(), message.files().get(i).bytes()));
            }
        }
        long id = messageId;
        LOG.info(() -> message.files().size() + " file(s) from worker " + worker.id() + " on " + message.channel()
                + " (message " + id + "): " + outcomes);
        return new FileReceipt(messageId, duplicate, outcomes, reply, language, replyId);
    }

    /** @return whether the worker's open bot conversation on the channel is in the legal intake right now */
    private boolean inLegalIntake(long workerId, Channel channel) {
        return em.createQuery("select c from Conversation c where c.workerId = :w and c.channel = :ch and c.status = :s"
                        + " order by c.id desc", Conversation.class)
                .setParameter("w", workerId).setParameter("ch", channel).setParameter("s", Conversation.Status.BOT.name())
                .setMaxResults(1).getResultStream().findFirst()
                .map(c -> DialogState.Service.LEGAL.equals(DialogState.decode(c.dialogState()).service())).orElse(false);
    }

    private boolean kept(long messageId, int position) {
        return em.createQuery("select count(f) from MessageFile f where f.messageId = :m and f.fileIndex = :i",
                Long.class).setParameter("m", messageId).setParameter("i", position).getSingleResult() > 0;
    }

    /** @return the text the files' message shows in the chat and the transcript: a clip and the names */
    private static String caption(List<InboundFile> files) {
        StringBuilder text = new StringBuilder("📎");
        for (InboundFile file : files) {
            text.append(' ').append(file.name() == null ? "[" + (file.declaredType() == null ? "file"
                    : file.declaredType()) + "]" : file.name().replaceAll("\\p{Cntrl}", ""));
        }
        return text.length() > Message.MAX_BODY ? text.substring(0, Message.MAX_BODY) : text.toString();
    }
}
