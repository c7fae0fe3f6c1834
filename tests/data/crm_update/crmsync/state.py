import sqlite3


class DedupStore:
    def __init__(self, backend):
        self.backend = backend
        self.conn = sqlite3.connect("state.db")
        cur = self.conn.execute("SELECT dedup_key, crm_id FROM contact_map WHERE backend = ?", (backend,))
        self.known = dict(cur.fetchall())

    def remember(self, key, crm_id, order_id):
        self.conn.execute("INSERT INTO contact_map VALUES (?, ?, ?, ?)", (key, self.backend, crm_id, order_id))
        self.known[key] = crm_id
