namespace Conversational.Commands;

/// <summary>One thing a person asked for, fully read; the conversation engine acts on it.</summary>
public abstract record Command : ParseResult
{
    private protected Command(Language language)
        : base(language)
    {
    }

    public abstract CommandKind Kind { get; }
}
