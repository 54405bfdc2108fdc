namespace Conversational.Commands.Syntax;

/// <summary>How a slice of the message becomes the string a command reports.</summary>
internal enum SliceCase
{
    AsWritten,
    Lower,
    Upper,
}

/// <summary>
/// A piece of the message that a command reports as a string, made into one only when first read. Parsing
/// "#send 50EUR @lea" thus allocates the command alone; "lea" is cut out when the engine asks for it.
/// Runs of spaces of any kind become one space. Lives in a mutable field of its command so the string is built once (a race builds two equal strings).
/// </summary>
internal struct TextSlice
{
    private readonly string? _source;
    private readonly int _start;
    private readonly int _length;
    private readonly SliceCase _case;
    private string? _value;

    public TextSlice(string source, int start, int length, SliceCase sliceCase)
    {
        _source = source;
        _start = start;
        _length = length;
        _case = sliceCase;
        _value = null;
    }

    private TextSlice(string value)
    {
        _source = null;
        _start = 0;
        _length = value.Length;
        _case = SliceCase.AsWritten;
        _value = value;
    }

    public static TextSlice Of(string value) => new(value);

    public readonly bool IsEmpty => _source is null && _value is null;

    public string Value => _value ??= Materialize();

    private readonly string Materialize()
    {
        if (_source is null)
        {
            return "";
        }
        return string.Create(CollapsedLength(_source.AsSpan(_start, _length)), (_source, _start, _length, _case), static (destination, state) =>
        {
            var written = 0;
            var previousWasSpace = false;
            foreach (var c in state._source.AsSpan(state._start, state._length))
            {
                var isSpace = Chars.IsSpace(c);
                if (isSpace && previousWasSpace)
                {
                    continue;
                }
                previousWasSpace = isSpace;
                destination[written++] = isSpace ? ' ' : state._case switch
                {
                    SliceCase.Lower => char.ToLowerInvariant(c),
                    SliceCase.Upper => char.ToUpperInvariant(c),
                    _ => c,
                };
            }
        });
    }

    private static int CollapsedLength(ReadOnlySpan<char> span)
    {
        var length = 0;
        var previousWasSpace = false;
        foreach (var c in span)
        {
            var isSpace = Chars.IsSpace(c);
            if (!(isSpace && previousWasSpace))
            {
                length++;
            }
            previousWasSpace = isSpace;
        }
        return length;
    }
}
