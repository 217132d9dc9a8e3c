"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique
(cranepy's own implementation of CPython 3.11's behaviour)."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP"]

_mappingproxy = type(type.__dict__)
_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class bodies."""

    def __init__(self, value=None):
        self.value = value if value is not None else _AUTO
        self._given = value is not None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _AutoMarker:
    def __repr__(self):
        return "_auto_null"


_AUTO = _AutoMarker()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


class _EnumDict(dict):
    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._generate = generate

    def __setitem__(self, key, value):
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        elif (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
              or _is_descriptor(value)):
            if key == "_generate_next_value_":
                gen = value
                if isinstance(gen, staticmethod):
                    gen = gen.__func__
                self._generate = gen
            elif key == "_ignore_":
                pass
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if isinstance(value, auto):
            if value.value is _AUTO:
                value.value = self._generate(key, 1, len(self._member_names),
                                             self._last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _AUTO:
                        v.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                    v = v.value
                parts.append(v)
            value = tuple(parts)
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _default_generate(name, start, count, last_values):
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            pass
    return start


def _find_generate(bases):
    for base in bases:
        for klass in base.__mro__:
            if "_generate_next_value_" in klass.__dict__:
                gen = klass.__dict__["_generate_next_value_"]
                if isinstance(gen, staticmethod):
                    gen = gen.__func__
                return gen
    return _default_generate


def _data_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    return klass._member_type_
                continue
            return klass
    return object


_enum_defined = [False]


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%s: cannot extend enumeration %r" % (cls, base.__name__))
        return _EnumDict(cls, _find_generate(bases))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        body = dict(classdict)
        values = {name: body.pop(name) for name in member_names}
        new_member = body.pop("__new__", None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        member_type = _data_type(bases)
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        if new_member is not None:
            body["__new_member__"] = new_member
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if new_member is None:
            new_member = getattr(enum_class, "__new_member__", None)
        _fix_mixin_methods(enum_class, bases, classdict)
        if _enum_defined[0]:
            type.__setattr__(enum_class, "__new__", staticmethod(_enum_new))
        if boundary is None:
            boundary = getattr(enum_class, "_boundary_", None)
        type.__setattr__(enum_class, "_boundary_", boundary)
        flag_mask = 0
        for name in member_names:
            value = values[name]
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if new_member is not None:
                obj = new_member(enum_class, *args)
            elif member_type is object:
                obj = object.__new__(enum_class)
            else:
                obj = member_type.__new__(enum_class, *args)
            if not hasattr(obj, "_value_"):
                if member_type is object:
                    obj._value_ = value
                else:
                    obj._value_ = member_type(*args)
            value = obj._value_
            obj._name_ = name
            obj.__objclass__ = enum_class
            init = getattr(enum_class, "__init__", None)
            if init is not None and init is not object.__init__ and _defines_init(enum_class):
                obj.__init__(*args)
            canonical = None
            for other in enum_class._member_names_:
                om = enum_class._member_map_[other]
                if om._value_ == value:
                    canonical = om
                    break
            if canonical is not None:
                obj = canonical
            else:
                enum_class._member_names_.append(name)
                if isinstance(value, int) and not isinstance(value, bool):
                    flag_mask |= value
            enum_class._member_map_[name] = obj
            try:
                enum_class._value2member_map_.setdefault(value, obj)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, obj)
        type.__setattr__(enum_class, "_flag_mask_", flag_mask)
        type.__setattr__(enum_class, "_all_bits_", 2 ** flag_mask.bit_length() - 1)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            gen = classdict._generate
            for count, name in enumerate(original):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        enum_class = EnumType.__new__(EnumType if not isinstance(cls, EnumType) else
                                      _type_of(cls), class_name, bases, classdict,
                                      boundary=boundary)
        enum_class.__module__ = module if module is not None else "__main__"
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (_type_of(member).__qualname__, _type_of(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("cannot delete member %r." % attr)
        super().__delattr__(attr)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + cls._member_names_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def _canonical_names(cls):
        if Flag is not None and issubclass(cls, Flag):
            return [n for n in cls._member_names_
                    if _power_of_two(cls._member_map_[n]._value_)]
        return cls._member_names_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._canonical_names())

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._canonical_names()))

    def __len__(cls):
        return len(cls._canonical_names())

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


def _type_of(obj):
    return type(obj)


def _fix_mixin_methods(enum_class, bases, classdict):
    """Keep Enum's repr/str/format when a mixed-in data type would shadow them."""
    first_enum = None
    for base in bases:
        if isinstance(base, EnumType):
            first_enum = base
    if first_enum is None:
        return
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in classdict:
            continue
        owner = None
        for klass in enum_class.__mro__:
            if name in klass.__dict__:
                owner = klass
                break
        if owner is None or owner is object or not isinstance(owner, EnumType):
            type.__setattr__(enum_class, name, getattr(first_enum, name))


def _defines_init(enum_class):
    for klass in enum_class.__mro__:
        if klass is Enum or klass is object:
            return False
        if "__init__" in klass.__dict__:
            return True
    return False


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_

    _value_repr_ = None


def _enum_new(cls, value):
    if _type_of(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    if result is None:
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                    % (cls.__name__, result))


type.__setattr__(Enum, "__new__", staticmethod(_enum_new))
_enum_defined[0] = True


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


def _bits(num):
    while num:
        low = num & -num
        yield low
        num ^= low


class Flag(Enum, boundary=STRICT):
    """Support for bit flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int):
                high = max(high, v.bit_length())
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value < 0 or value & ~all_bits:
            if boundary is STRICT or boundary is None:
                width = max(all_bits.bit_length(), value.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, _bin(value, width), _bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
        elif value & ~mask and (boundary is STRICT or boundary is None):
            width = all_bits.bit_length()
            raise ValueError(
                "%r invalid value %r\n    given %s\n  allowed %s"
                % (cls, value, _bin(value, width), _bin(mask, width)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        known = value & mask
        names = [m._name_ for m in cls if m._value_ & known == m._value_ and m._value_]
        if value & ~mask:
            names.append(hex(value & ~mask) if False else str(value & ~mask))
        pseudo._name_ = "|".join(names) if names else None
        if pseudo._name_ is not None or value == 0:
            cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_.setdefault(neg_value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and _power_of_two(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, width):
    digits = bin(num)[2:].zfill(width)
    return "0b0 " + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    __str__ = int.__repr__
    __format__ = int.__format__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorate(enumeration):
        return enumeration
    return decorate


property = _builtin_property
