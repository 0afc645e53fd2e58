-- helpdesk: the operators' queue (/api/helpdesk/queue) is a view over hd_ticket; a ticket keeps the
-- bot's hand-off reason while the hand-off waits. hd_queue_item, the older copy of every hand-off,
-- is read and written by nothing any more: its waiting reasons move to the open tickets, then it goes.
ALTER TABLE hd_ticket ADD COLUMN handoff_reason VARCHAR(64);
UPDATE hd_ticket SET handoff_reason = (SELECT MAX(q.reason) FROM hd_queue_item q
                                       WHERE q.conversation_id = hd_ticket.conversation_id AND q.status = 'WAITING')
 WHERE status = 'OPEN' AND waiting_since IS NOT NULL;
DROP TABLE hd_queue_item;
DROP SEQUENCE hd_queue_item_seq;
