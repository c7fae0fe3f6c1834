"""CRM backends. Both expose the same small surface used by sync.py."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInput, SimplePublicObjectInputForCreate
from hubspot.crm.deals import SimplePublicObjectInputForCreate as DealInputForCreate
from simple_salesforce import Salesforce


class HubSpotBackend:
    name = "hubspot"

    def __init__(self):
        self.client = HubSpot(access_token="token")

    def create_contact(self, props):
        body = SimplePublicObjectInputForCreate(properties=props)
        created = self.client.crm.contacts.basic_api.create(simple_public_object_input_for_create=body)
        return created.id

    def touch_contact(self, crm_id, key, order_id):
        patch = SimplePublicObjectInput(properties={"amazon_dedup_key": key, "last_amazon_order": order_id})
        self.client.crm.contacts.basic_api.update(contact_id=crm_id, simple_public_object_input=patch)

    def record_order(self, order, key=None):
        deal = DealInputForCreate(properties={
            "dealname": f"Amazon {order.order_id}",
            "amount": order.total,
            "deal_currency_code": order.currency,
                        "dealstage": "closedwon",
            "closedate": order.purchase_date,
        })
        self.client.crm.deals.basic_api.create(simple_public_object_input_for_create=deal)


class SalesforceBackend:
    name = "salesforce"

    def __init__(self):
        self.sf = Salesforce(username="u", password="p")

    def create_contact(self, props):
        result = self.sf.Contact.create(props)
        return result["id"]

    def touch_contact(self, crm_id, key, order_id):
        self.sf.Contact.update(crm_id, {"Last_Amazon_Order__c": order_id})

    def record_order(self, order, key=None):
        fields = {
            "Buyer_Key__c": key,
            "Order_Total__c": float(order.total),
            "Currency__c": order.currency,
            "Purchase_Date__c": order.purchase_date,
        }
        self.sf.Amazon_Order__c.upsert(f"Amazon_Order_Id__c/{order.order_id}", fields)
