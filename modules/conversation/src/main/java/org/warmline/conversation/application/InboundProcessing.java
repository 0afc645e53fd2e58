package org.warmline.conversation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.conversation.api.InboundMedia;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.MessageStored;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.DialogAction;
import org.warmline.conversation.domain.DialogContext;
import org.warmline.conversation.domain.DialogRouter;
import org.warmline.conversation.domain.DialogState;
import org.warmline.conversation.domain.DialogTurn;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.MessageMedia;
import org.warmline.conversation.domain.MessageRepository;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.text.SafeText;
import org.warmline.core.domain.worker.NoticeChannel;
import org.warmline.core.domain.worker.Worker;
import org.warmline.jobs.api.JobSeekerIntake;
import org.warmline.jobs.api.JobsIntake;
import org.warmline.conversation.domain.CaseProgress;
import org.warmline.conversation.domain.WageFacts;
import org.warmline.legalaid.api.CaseStatusQuery;
import org.warmline.legalaid.api.ConsultationIntake;
import org.warmline.legalaid.api.ContractorParty;
import org.warmline.legalaid.api.LegalAidIntake;
import org.warmline.legalaid.api.WageClaimDetails;
import org.warmline.returnhome.api.OfferAnswer;
import org.warmline.returnhome.api.ReturnHomeIntake;
import org.warmline.returnhome.api.TripNotice;
import org.warmline.returnhome.api.TripChangeAnswer;
import org.warmline.returnhome.api.TripRequestDraft;
import org.warmline.returnhome.api.WorkerTripChange;
import org.warmline.returnhome.api.WorkerTripChanges;
import org.warmline.conversation.domain.TripChange;
import org.warmline.conversation.domain.TripChangeDesk;

/**
 * The two transactions of an inbound message: store it (first, on its own), then process it with the
 * dialog and the service modules. Kept apart so that a failure in processing never loses the
 * message (DESIGN.md, "Flow of one message").
 */
@ApplicationScoped
public class InboundProcessing {

    private static final Logger LOG = Logger.getLogger(InboundProcessing.class.getName());

    /**
     * Result of the store step.
     *
     * @param messageId the inbound message id
     * @param existed   whether the channel message id was already stored
     * @param reply     the reply already stored for an earlier, processed delivery (read in the same
     *                  transaction as the duplicate check); null when the message still needs processing
     */
    public record Stored(long messageId, boolean existed, Processed reply) {

        /** @return whether the message has been processed already (its reply is in {@link #reply()}) */
        public boolean processed() {
            return reply != null;
        }
    }

    /**
     * Result of processing.
     *
     * @param reply    the reply text
     * @param language its language
     * @param replyId  the stored reply's id, 0 if none
     */
    public record Processed(String reply, String language, long replyId) { }

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    MessageRepository messages;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    ReturnHomeIntake returnHome;

    @Inject
    WorkerTripChanges tripChanges;

    @Inject
    LegalAidIntake legalAid;

    @Inject
    JobsIntake jobs;

    /** Legal aid's answer to "我的案子怎么样了" (an Instance: the dialog runs without it in a build that lacks it). */
    @Inject
    Instance<CaseStatusQuery> caseStatus;

    @Inject
    Event<MessageStored> stored;

    @Inject
    Event<HandOffRequested> handOffs;

    @Inject
    @ConfigProperty(name = "warmline.conversation.expiry", defaultValue = "P3D")
    String expiryText;

    /**
     * The shortest time between two safety advices in one conversation (ISO-8601, default PT10M): a
     * worker who sends several danger messages in a row reads the numbers once; the later messages get
     * a short "we are on it" from the bot, or nothing while an operator is writing with them.
     */
    @Inject
    @ConfigProperty(name = "warmline.safety-advice.repeat-after", defaultValue = "PT10M")
    String adviceRepeatText;

    private Duration expiry;

    private Duration adviceRepeat;

    /** The application's one dialog router ({@link DialogRouterProducer}). */
    @Inject
    DialogRouter engine;

    @PostConstruct
    void init() {
        expiry = Duration.parse(expiryText);
        adviceRepeat = Duration.parse(adviceRepeatText);
    }

    /**
     * Runs one dialog turn on a sample message, without storing anything, so that the engine's
     * tables and regular expressions are loaded before the first real message (see {@link DialogWarmUp}).
     */
    public void warmUp() {
        engine.handle(null, "腊月二十二从杭州回安徽六安，2个人");
    }

    /**
     * Stores the inbound message unless its channel id is known.
     *
     * @param message the message; {@code from} already validated
     * @param phone   the sender's phone, or null for a web-chat sender (known by chat id)
     * @return the stored (or earlier) message and whether it was processed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(InboundMessage message, PhoneNumber phone) {
        return storeOne(message, phone);
    }

    /**
     * A message as it arrived, for {@link #storeAll}.
     *
     * @param message the message; {@code from} already validated
     * @param phone   the sender's phone, or null for a web-chat sender
     */
    public record Arrival(InboundMessage message, PhoneNumber phone) { }

    /**
     * Stores several messages in one transaction, in order, as {@link #store} would one by one: a
     * message whose channel id is known already (also earlier in the same list) is not stored again.
     * All or nothing: if one fails, none is stored and the caller stores them one by one.
     *
     * @param arrivals the messages in the order they arrived
     * @return one result per arrival, same order
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Stored> storeAll(List<Arrival> arrivals) {
        List<Stored> stored = new ArrayList<>(arrivals.size());
        for (Arrival arrival : arrivals) {
            stored.add(storeOne(arrival.message(), arrival.phone()));
        }
        return stored;
    }

    /**
     * Stores an inbound message that the dialog does not read (files a worker sent, issue 12 point 6)
     * together with its reply, in the caller's transaction; the dialog state is kept as it was. A
     * message whose channel id is known already stores nothing and gets its stored reply.
     *
     * @param message  the message (its media: the provider's URLs); {@code from} already validated
     * @param phone    the sender's phone, or null for a web-chat sender
     * @param reply    the reply text
     * @param language the reply's language, "zh" or "en"
     * @return the stored (or earlier) message, with the reply as processed
     */
    @Transactional
    public Stored storeAnswered(InboundMessage message, PhoneNumber phone, String reply, String language) {
        Stored stored = storeOne(message, phone);
        if (stored.existed()) {
            return stored.processed() ? stored
                    : new Stored(stored.messageId(), true, storedReply(em.find(Message.class, stored.messageId())));
        }
        Message inbound = em.find(Message.class, stored.messageId());
        Conversation conversation = em.find(Conversation.class, inbound.conversationId());
        return new Stored(inbound.id(), false,
                storeReply(conversation, inbound, reply, language, conversation.dialogState()));
    }

    private Stored storeOne(InboundMessage message, PhoneNumber phone) {
        Optional<Message> earlier = messages.byChannelId(message.channel(), message.channelMessageId());
        if (earlier.isPresent()) {
            Message duplicate = earlier.get();
            return new Stored(duplicate.id(), true, duplicate.isProcessed() ? storedReply(duplicate) : null);
        }
        Instant now = clock.instant();
        String language = DialogRouter.languageOf(message.body());
        Worker worker = phone == null
                ? workers.findOrCreateByChat(message.from(), language)
                : workers.findOrCreate(phone, language);
        Conversation conversation = currentConversation(worker, message.channel(), now);
        Message inbound = Message.inbound(conversation.id(), message.channel(), message.channelMessageId(),
                message.body(), message.rawBody(), now);
        messages.add(inbound);
        for (int i = 0; i < message.media().size(); i++) {
            InboundMedia media = message.media().get(i);
            messages.addMedia(new MessageMedia(inbound.id(), i, media.url(), media.contentType()));
        }
        // FINE, not INFO: one line per message was a measurable part of the webhook's cost under load
        LOG.fine(() -> "Inbound " + message.channel() + " message " + inbound.id() + " from "
                + worker.maskedPhone() + " stored (" + inbound.body().length() + " chars)");
        stored.fire(new MessageStored(conversation.id(), worker.id(), inbound.id(), "INBOUND", message.channel(),
                inbound.body()));
        return new Stored(inbound.id(), false, null);
    }

    /**
     * Runs the dialog on a stored inbound message, carries out its actions and stores the reply; the
     * message row is locked so that two deliveries never process it twice.
     *
     * @param messageId the inbound message
     * @return the reply
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Processed process(long messageId) {
        return processOne(messageId);
    }

    /**
     * Processes several stored messages in one transaction, in the given order (two messages of one
     * conversation are answered in the order they arrived), as {@link #process} would one by one.
     * All or nothing: if one fails, no turn is kept and the caller processes them one by one.
     *
     * @param messageIds stored inbound messages, each once
     * @return the reply per message id
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, Processed> processAll(List<Long> messageIds) {
        Map<Long, Processed> replies = new HashMap<>();
        for (long id : messageIds) {
            replies.put(id, processOne(id));
        }
        return replies;
    }

    private Processed processOne(long messageId) {
        Message inbound = messages.lockedById(messageId);
        if (inbound.isProcessed()) {
            return storedReply(inbound);
        }
        Conversation conversation = em.find(Conversation.class, inbound.conversationId());
        DialogState state = DialogState.decode(conversation.dialogState());
        DialogContext context = dialogContext(conversation, inbound);
        DialogTurn turn = engine.handle(state, inbound.body(), context);
        if (turn.stateKept()) {
            Optional<String> direct = directAnswer(conversation, turn);
            if (direct.isPresent()) {
                return storeReply(conversation, inbound, direct.get(), conversation.language(), conversation.dialogState());
            }
            // returnhome found no open offer after all (it closed meanwhile): the dialog reads the 1/2
            turn = engine.handle(state, inbound.body(), context.withOpenSeatOffer(false));
            if (turn.stateKept()) {
                return storeReply(conversation, inbound, turn.reply(), conversation.language(), conversation.dialogState());
            }
        }
        String reply = turn.reply();
        for (DialogAction action : turn.actions()) {
            if (action instanceof DialogAction.ChangeTripRequest change) {
                reply = changeTrip(conversation, change, turn.language()).orElse(reply);
            } else {
                carryOut(action, conversation);
            }
        }
        if (turn.safetyAdvice()) {
            return safetyAdvice(conversation, inbound, turn);
        }
        if (conversation.operatorEngaged() && state.handedOff() && turn.next().handedOff() && turn.actions().isEmpty()) {
            // a person handles this conversation: the bot says nothing (the operator sees the message)
            return recordWithoutReply(conversation, inbound, turn.language(), turn.next().encode());
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Conversation " + conversation.id() + " actions " + turn.actions());
        }
        return storeReply(conversation, inbound, reply, turn.language(), turn.next().encode());
    }

    /** The dialog's read-only view of the worker's trip request for a change (issue 10, point 4). */
    private TripChangeDesk changeDesk(long workerId) {
        return (change, language) -> {
            TripChangeAnswer a = tripChanges.check(workerId, toApi(change), language);
            TripChangeDesk.Outcome outcome = switch (a.outcome()) {
                case CONFIRM -> TripChangeDesk.Outcome.CONFIRM;
                case REFUSED -> TripChangeDesk.Outcome.REFUSED;
                default -> TripChangeDesk.Outcome.NO_REQUEST;
            };
            WorkerTripChange c = a.change();
            return new TripChangeDesk.Answer(outcome, a.requestId() == null ? 0 : a.requestId(),
                    new TripChange(TripChange.Kind.valueOf(c.kind().name()), c.partySize(), c.travelDate(),
                            c.shiftDays(), c.destinationCode()), a.text());
        };
    }

    /** Makes a change the worker confirmed; @return returnhome's words for the worker (done, or why not) */
    private Optional<String> changeTrip(Conversation conversation, DialogAction.ChangeTripRequest action, String language) {
        TripChangeAnswer a = tripChanges.apply(conversation.workerId(), action.requestId(), toApi(action.change()),
                language);
        LOG.info(() -> "Trip request " + action.requestId() + " " + action.change().kind() + " asked in conversation "
                + conversation.id() + ": " + a.outcome());
        return Optional.ofNullable(a.text());
    }

    private static WorkerTripChange toApi(TripChange c) {
        return new WorkerTripChange(WorkerTripChange.Kind.valueOf(c.kind().name()), c.partySize(), c.travelDate(),
                c.shiftDays(), c.destinationCode());
    }

    /**
     * A message naming a danger gets the safety advice at once, also while a person works the
     * conversation and the bot otherwise stays quiet; within {@code warmline.safety-advice.repeat-after}
     * of the last advice in this conversation it is not repeated: the bot says it has the message, or
     * says nothing while an operator writes with the worker (the operator sees the message, urgent).
     */
    private Processed safetyAdvice(Conversation conversation, Message inbound, DialogTurn turn) {
        Instant now = clock.instant();
        if (conversation.safetyAdviceDue(now, adviceRepeat)) {
            conversation.safetyAdviceGiven(now);
            LOG.info(() -> "Safety advice given in conversation " + conversation.id());
            return storeReply(conversation, inbound, turn.reply(), turn.language(), turn.next().encode());
        }
        if (conversation.operatorEngaged()) {
            return recordWithoutReply(conversation, inbound, turn.language(), turn.next().encode());
        }
        return storeReply(conversation, inbound, engine.safetyAdviceNoted(turn.language()), turn.language(),
                turn.next().encode());
    }

    /**
     * Whether the worker hears news in this chat rather than by SMS: core's one rule
     * ({@code Worker.noticeChannel()}); read only for messages of a channel not addressed by phone, an
     * SMS sender has a phone.
     */
    private boolean toldInChat(Conversation conversation, Message inbound) {
        return inbound.channel().address() != Channel.Address.PHONE && workers.byId(conversation.workerId())
                .map(w -> w.noticeChannel() == NoticeChannel.CHAT).orElse(false);
    }

    /**
     * What the dialog router needs to know about the worker, read from the database only when the router
     * asks (an open seat offer and a notice since the last turn for a bare 1/2, the worker's trip for
     * "我的车几点走", returnhome's desk for a change of the trip request).
     */
    private DialogContext dialogContext(Conversation conversation, Message inbound) {
        long workerId = conversation.workerId();
        return new DialogContext(toldInChat(conversation, inbound), changeDesk(workerId),
                () -> returnHome.hasOpenOffer(workerId), () -> noticeSinceLastTurn(conversation),
                () -> returnHome.currentTripOf(workerId).map(TripNotice::text), () -> ownCase(workerId));
    }

    /** Legal aid's status of the worker's case, for "我的案子怎么样了" (read only when the worker asks). */
    private Optional<CaseProgress> ownCase(long workerId) {
        if (!caseStatus.isResolvable()) {
            return Optional.empty();
        }
        return caseStatus.get().currentCase(workerId)
                .map(c -> new CaseProgress(c.caseId(), c.step(), c.since(), c.nextWhat(), c.nextDate()));
    }

    /**
     * Carries out the router's answer from returnhome's data: a 1/2 answers the seat offer through
     * returnhome, whose words are the reply; a question about the worker's own trip already has its reply.
     * The dialog state is left as it was.
     *
     * @return the reply, or empty when returnhome has no open offer after all
     */
    private Optional<String> directAnswer(Conversation conversation, DialogTurn turn) {
        long workerId = conversation.workerId();
        for (DialogAction action : turn.actions()) {
            if (action instanceof DialogAction.AnswerOffer offer) {
                OfferAnswer outcome = returnHome.answerOffer(workerId, offer.accept());
                if (outcome.outcome() == OfferAnswer.Outcome.NO_OPEN_OFFER || outcome.text() == null) {
                    return Optional.empty();
                }
                LOG.info(() -> "Worker " + workerId + " answered a seat offer: " + outcome.outcome());
                return Optional.of(outcome.text());
            }
        }
        return Optional.of(turn.reply());
    }

    /**
     * Whether a notice (e.g. a seat offer, "回复1确认 2取消") went to the worker after the dialog's last
     * turn: then it is the last thing the worker read, and a bare 1/2 answers it rather than the
     * question the dialog asked before.
     */
    private boolean noticeSinceLastTurn(Conversation conversation) {
        return messages.noticeSince(conversation.workerId(), conversation.lastMessageAt());
    }

    private Processed recordWithoutReply(Conversation conversation, Message inbound, String language,
                                         String encodedState) {
        conversation.recordTurn(encodedState, language, clock.instant());
        inbound.markProcessed();
        return new Processed("", language, 0);
    }

    private Processed storeReply(Conversation conversation, Message inbound, String text, String language,
                                 String encodedState) {
        Instant now = clock.instant();
        conversation.recordTurn(encodedState, language, now);
        String replyText = SafeText.forXml(text);
        Message reply = Message.botReply(conversation.id(), conversation.workerId(), inbound.channel(), replyText,
                inbound.id(), now);
        messages.add(reply);
        inbound.markProcessed();
        stored.fire(new MessageStored(conversation.id(), conversation.workerId(), reply.id(), "OUTBOUND",
                inbound.channel()));
        return new Processed(replyText, language, reply.id());
    }

    /**
     * @param inbound a processed inbound message
     * @return the reply stored for it (empty text if none)
     */
    private Processed storedReply(Message inbound) {
        Message reply = messages.replyTo(inbound.id()).orElse(null);
        Conversation conversation = em.find(Conversation.class, inbound.conversationId());
        return new Processed(reply == null ? "" : reply.body(), conversation.language(),
                reply == null ? 0 : reply.id());
    }

    private void carryOut(DialogAction action, Conversation conversation) {
        String ref = conversation.ref();
        long workerId = conversation.workerId();
        if (action instanceof DialogAction.DraftTripRequest d) {
            returnHome.draft(new TripRequestDraft(workerId, ref, d.destinationCode(), d.originCode(),
                    d.travelDate(), d.partySize()));
        } else if (action instanceof DialogAction.ConfirmTripRequest) {
            long id = returnHome.confirm(ref);
            LOG.info(() -> "Trip request " + id + " confirmed in conversation " + conversation.id());
        } else if (action instanceof DialogAction.DiscardTripRequestDraft) {
            returnHome.discardDraft(ref);
        } else if (action instanceof DialogAction.RecordLegalIntake l) {
            long id = legalAid.openConsultation(new ConsultationIntake(workerId, ref, l.text(),
                    l.topic() == null ? null : l.topic().name(), l.employer(), l.siteCode(), l.amountFen(),
                    l.monthsUnpaid(), l.coWorkersOwed(),
                    l.evidence() == null ? List.of() : l.evidence().stream().map(Enum::name).toList(), l.urgent(),
                    l.foreman(), details(l)));
            LOG.info(() -> "Legal consultation " + id + " opened from conversation " + conversation.id());
        } else if (action instanceof DialogAction.RecordJobIntake j) {
            long id = jobs.registerJobSeeker(new JobSeekerIntake(workerId, ref, j.text(),
                    j.want() == null ? null : j.want().name(), j.trade() == null ? null : j.trade().name(),
                    j.locationCode(), j.availableFrom()));
            LOG.info(() -> "Job seeker request " + id + " registered from conversation " + conversation.id());
        } else if (action instanceof DialogAction.HandOff h) {
            handOffs.fire(new HandOffRequested(conversation.id(), workerId, conversation.channel(), h.reason(),
                    clock.instant()));
        } else if (action instanceof DialogAction.OptOut) {
            workers.setOptedOut(workerId, true);
            LOG.info(() -> "Worker " + workerId + " opted out of notices");
        } else if (action instanceof DialogAction.OptIn) {
            workers.setOptedOut(workerId, false);
            LOG.info(() -> "Worker " + workerId + " opted in to notices again");
        }
    }

    /**
     * The rest of a wage claim for legal aid: project, trade (its Chinese name), period, end of the job,
     * an absconded employer, the contractor chain top to bottom (the foreman by the name the worker gave)
     * and the evidence in legal aid's checklist names (CONTRACT is LABOUR_CONTRACT there).
     */
    static WageClaimDetails details(DialogAction.RecordLegalIntake l) {
        WageFacts w = l.wage();
        List<ContractorParty> chain = new ArrayList<>();
        if (w.client() != null) chain.add(new ContractorParty("CLIENT", w.client()));
        if (w.generalContractor() != null) chain.add(new ContractorParty("GENERAL_CONTRACTOR", w.generalContractor()));
        if (w.subcontractor() != null) chain.add(new ContractorParty("SUBCONTRACTOR", w.subcontractor()));
        if (l.foreman() != null) chain.add(new ContractorParty("FOREMAN", l.foreman()));
        List<String> evidence = l.evidence().stream().map(e -> e.name().equals("CONTRACT") ? "LABOUR_CONTRACT" : e.name())
                .toList();
        return new WageClaimDetails(w.project(), w.trade() == null ? null : w.trade().words().get(0), w.workedFrom(),
                w.workedTo(), w.ended(), w.endedOn(), w.absconded() ? Boolean.TRUE : null, null, chain, evidence);
    }

    private Conversation currentConversation(Worker worker, Channel channel, Instant now) {
        Optional<Conversation> open = em.createQuery("select c from Conversation c where c.workerId = :w"
                        + " and c.channel = :ch and c.status = :s order by c.id desc", Conversation.class)
                .setParameter("w", worker.id()).setParameter("ch", channel)
                .setParameter("s", Conversation.Status.BOT.name())
                .setMaxResults(1).getResultStream().findFirst();
        if (open.isPresent() && !open.get().isExpired(now, expiry)) {
            return open.get();
        }
        open.ifPresent(Conversation::close);
        Conversation fresh = new Conversation(worker.id(), channel, worker.language(), now);
        em.persist(fresh);
        em.flush();
        return fresh;
    }
}
