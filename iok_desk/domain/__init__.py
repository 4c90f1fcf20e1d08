"""Pure rules of IOK access: credentials, validation, life cycles. Imports neither Qt nor SQL."""
