class Sync:
    async def run(self, ids):
        for oid in* ids:
            print(oid)
