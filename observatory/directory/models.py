"""The directory of competent national authorities (art. 6, para. 3; art. 46, para. 13)."""
