package org.warmline.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.worker.Worker;
import org.warmline.core.domain.worker.WorkersMerged;

/** Finds and registers workers by phone number; the one owner of the {@code wk_worker} table. */
@ApplicationScoped
@Transactional
public class WorkerDirectory {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<WorkersMerged> merged;

    /**
     * @param phone    the worker's number (E.164)
     * @param language the language of the message that brought them, "zh" or "en"
     * @return the existing worker with that number, or a new one stored now
     */
    public Worker findOrCreate(PhoneNumber phone, String language) {
        return byPhone(phone).orElseGet(() -> {
            Worker worker = new Worker(phone, language, clock.instant());
            em.persist(worker);
            em.flush();
            return worker;
        });
    }

    /**
     * @param chatId   the chat channel's identity
     * @param language the language of the first message, "zh" or "en"
     * @return the worker with that chat identity, or a new chat-only worker stored now
     */
    public Worker findOrCreateByChat(String chatId, String language) {
        return em.createQuery("select w from Worker w where w.chatId = :c", Worker.class)
                .setParameter("c", chatId).getResultStream().findFirst()
                .orElseGet(() -> {
                    Worker worker = Worker.fromChat(chatId, language, clock.instant());
                    em.persist(worker);
                    em.flush();
                    return worker;
                });
    }

    /**
     * Gives a chat worker a verified phone. If another worker already has that number (they texted
     * before), the chat identity moves to that worker and {@link WorkersMerged} moves the chat
     * worker's conversations and requests to them in every module, so that one person has one file
     * (一人一档); the emptied chat-only worker row stays.
     *
     * @param workerId the chat worker
     * @param phone    the verified number
     * @return the worker who now holds both the chat identity and the phone
     * @throws IllegalArgumentException if the worker does not exist
     */
    public Worker attachVerifiedPhone(long workerId, PhoneNumber phone) {
        Worker chat = byId(workerId).orElseThrow(() -> new IllegalArgumentException("no worker " + workerId));
        Optional<Worker> holder = byPhone(phone);
        if (holder.isEmpty() || holder.get().id().equals(chat.id())) {
            chat.attachPhone(phone);
            return chat;
        }
        String chatId = chat.chatId();
        if (chatId != null) {
            em.createQuery("update Worker w set w.chatId = null where w.id = :id").setParameter("id", chat.id())
                    .executeUpdate();
            em.refresh(chat);
            holder.get().attachChat(chatId);
        }
        merged.fire(new WorkersMerged(chat.id(), holder.get().id()));
        return holder.get();
    }

    /** @param workerId the worker @param optedOut true: opt out now; false: opt back in */
    public void setOptedOut(long workerId, boolean optedOut) {
        byId(workerId).ifPresent(w -> {
            if (optedOut) {
                w.optOut(clock.instant());
            } else {
                w.optIn();
            }
        });
    }

    /** @param phone a number in E.164 @return the worker with that number, if any */
    public Optional<Worker> byPhone(PhoneNumber phone) {
        return em.createQuery("select w from Worker w where w.phoneE164 = :phone", Worker.class)
                .setParameter("phone", phone.e164())
                .getResultStream().findFirst();
    }

    /**
     * Workers whose phone number ends in the given digits — how an operator finds a worker who reads out
     * the last four digits of their number (issue 10, point 7).
     *
     * @param digits the last digits, 4 to 15 of them
     * @param limit  at most this many ids
     * @return matching worker ids, lowest first
     * @throws IllegalArgumentException if {@code digits} are not 4..15 digits
     */
    public List<Long> idsByPhoneEnding(String digits, int limit) {
        if (digits == null || !digits.matches("\\d{4,15}")) {
            throw new IllegalArgumentException("4..15 digits are needed");
        }
        return em.createQuery("select w.id from Worker w where w.phoneE164 like :end order by w.id", Long.class)
                .setParameter("end", "%" + digits).setMaxResults(limit).getResultList();
    }

    /** @param id a worker id @return that worker, if any */
    public Optional<Worker> byId(long id) {
        return Optional.ofNullable(em.find(Worker.class, id));
    }

    /**
     * For staff lists: each worker's phone as lists may show it.
     *
     * @param ids worker ids (empty is fine; duplicates are fine)
     * @return masked phone (138****8000, or {@link Worker#NO_PHONE_LABEL} for a chat-only worker) keyed by worker id; unknown
     *         ids are absent
     */
    public Map<Long, String> maskedPhones(Collection<Long> ids) {
        return byIds(ids.stream().distinct().toList()).values().stream()
                .collect(Collectors.toMap(Worker::id, Worker::maskedPhone));
    }

    /** @param ids worker ids (empty is fine) @return the workers found, keyed by id */
    public Map<Long, Worker> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Worker> found = em.createQuery("select w from Worker w where w.id in :ids", Worker.class)
                .setParameter("ids", ids).getResultList();
        return found.stream().collect(Collectors.toMap(Worker::id, Function.identity()));
    }
}
