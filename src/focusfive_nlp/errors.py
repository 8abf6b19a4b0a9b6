"""Named errors: every failure a user can cause names the file and what to do about it."""
from __future__ import annotations


class FocusFiveError(Exception):
    """Base of every error focusfive_nlp raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None):
        self.path = str(path) if path is not None else None
        self.reason = message
        super().__init__(f"{self.path}: {message}" if self.path else message)

    @property
    def kind(self) -> str:
        """Short machine-readable name of the error, for error tables."""
        return type(self).__name__


class ReaderError(FocusFiveError):
    """A document could not be read."""


class MissingFileError(ReaderError):
    """The path does not exist."""


class UnsupportedFormatError(ReaderError):
    """The file's format (by extension or content) is not one we read."""


class EmptyDocumentError(ReaderError):
    """The file holds no text."""


class NotTextError(ReaderError):
    """A text file that is binary or not decodable."""


class CorruptDocumentError(ReaderError):
    """The file is damaged or truncated, or is not what its extension says."""


class EncryptedDocumentError(ReaderError):
    """The PDF is encrypted and no (or a wrong) password was given."""


class NoTextLayerError(ReaderError):
    """A PDF with no text layer (a scan): needs OCR first."""


class UnsafeDocumentError(ReaderError):
    """The file looks hostile (e.g. a decompression bomb)."""


class ConfigError(FocusFiveError):
    """A pipeline config, pattern or lexicon file is invalid."""


class FolderError(ReaderError):
    """A folder where one report was expected (extract() reads one report)."""


class DocumentTooLongError(FocusFiveError):
    """A text longer than the documented limit; the same text always fails, so it is not retried."""


class NotAFileError(ReaderError):
    """A folder entry that is not a regular file (a FIFO, socket, device, dangling link or link loop): never opened."""


class MissingInputError(FocusFiveError):
    """An input path given to a build does not exist: nothing is changed."""


class WriteError(FocusFiveError):
    """A file or dataset could not be written (a full disk, no permission...); what was there is unchanged."""


class DatasetLockedError(WriteError):
    """Another process is building or saving the same dataset."""


class NothingReadError(FocusFiveError):
    """Every input failed and there was no earlier dataset: nothing is written."""
