"""vdm-protocol: the VDM data-exchange protocol as code."""
