"""The bilingual texts of core, one catalogue per area; `core.messages.texts` reads them all."""
