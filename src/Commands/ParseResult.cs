namespace Conversational.Commands;

/// <summary>
/// What the parser made of one message: a <see cref="Command"/> or a <see cref="ParseError"/> to explain.
/// Either way it carries the language the message was written in, which replies use.
/// </summary>
public abstract record ParseResult
{
    private protected ParseResult(Language language) => Language = language;

    public Language Language { get; }
}
