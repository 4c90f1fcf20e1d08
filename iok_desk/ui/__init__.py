"""The desk: Qt windows and dialogs over the use cases in ``iok_desk.services``."""
