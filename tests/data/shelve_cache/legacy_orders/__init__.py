"""legacy_orders -- MWS-era order sync for Bright Kettle (2016).  Still run from cron on box ops-02."""
