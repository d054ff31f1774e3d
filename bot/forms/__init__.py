"""Reading audit and observation forms (.docx, .xlsx) into `ParsedForm`s.

    definitions = load_definitions(Path("config/forms.yaml"))  # ConfigError on a bad file
    form = parse_bytes(data, "audit.docx", definitions)         # never raises
    form = parse_file(Path("audit.docx"), definitions)
"""

from .definitions import FormDefinitions, FormKind, load_definitions
from .model import GRADES, Action, ParsedForm
from .parser import parse_bytes, parse_file

__all__ = [
    "GRADES",
    "Action",
    "ParsedForm",
    "FormDefinitions",
    "FormKind",
    "load_definitions",
    "parse_bytes",
    "parse_file",
]
