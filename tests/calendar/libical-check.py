"""Reads calendars with libical (through its GObject binding) and says what it finds wrong.

Input on stdin: a JSON list of {"name": ..., "text": ...}. Output on stdout: a JSON list,
one entry per calendar: {"name", "events", "parseErrors", "restrictionErrors",
"restrictionsPassed"}. libical does not raise on bad input: it keeps going and records
each problem as an X-LIC-ERROR property on the component that has it, so the errors are
collected from those properties, once after parsing and once after the RFC 5546
restriction check. Exit status 3 when libical cannot be imported (the test then skips).
"""
import json
import sys

try:
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
except (ImportError, ValueError) as error:
    print(f"libical-glib cannot be imported: {error}", file=sys.stderr)
    sys.exit(3)


def lic_errors(component):
    """Every X-LIC-ERROR under component, as 'TYPE: text' (ERRORTYPE parameter first)."""
    found = []
    prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        parameter = prop.get_first_parameter(ICalGLib.ParameterKind.XLICERRORTYPE_PARAMETER)
        kind = parameter.as_ical_string().split("=", 1)[-1] if parameter is not None else "UNKNOWN"
        found.append(f"{kind}: {prop.get_xlicerror()}")
        prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while child is not None:
        found.extend(lic_errors(child))
        child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    return found


def check(text):
    try:
        component = ICalGLib.Component.new_from_string(text)
    except TypeError:  # the binding raises when libical returns no component
        component = None
    if component is None:
        return {"events": 0, "parseErrors": ["libical read no component at all"], "restrictionErrors": [], "restrictionsPassed": False}
    if component.isa() != ICalGLib.ComponentKind.VCALENDAR_COMPONENT:
        return {"events": 0, "parseErrors": [f"top component is {component.isa().value_nick}, not VCALENDAR"], "restrictionErrors": [], "restrictionsPassed": False}
    parse_errors = lic_errors(component)
    events = component.count_components(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    passed = bool(component.check_restrictions())
    # The restriction check adds its own X-LIC-ERRORs next to those the parser left.
    after = lic_errors(component)
    restriction_errors = after[len(parse_errors):] if after[: len(parse_errors)] == parse_errors else [e for e in after if e not in parse_errors]
    return {"events": events, "parseErrors": parse_errors, "restrictionErrors": restriction_errors, "restrictionsPassed": passed}


def main():
    calendars = json.load(sys.stdin)
    results = [{"name": c["name"], **check(c["text"])} for c in calendars]
    json.dump(results, sys.stdout, ensure_ascii=False)


main()
