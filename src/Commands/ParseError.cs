namespace Conversational.Commands;

/// <summary>A message that could not be read, with what is needed to explain it; nothing may change.</summary>
/// <remarks><see cref="ParseErrorMessages"/> turns it into a sentence in the person's language.</remarks>
public sealed record ParseError : ParseResult
{
    public ParseError(ParseErrorCode code, Language language, CommandKind? command = null, string? fragment = null,
        string? currency = null, string? suggestion = null)
        : base(language)
    {
        Suggestion = suggestion;
        Code = code;
        Command = command;
        Fragment = fragment;
        Currency = currency;
    }

    public ParseErrorCode Code { get; }

    /// <summary>The command the person was writing, when the keyword was read (its example is shown).</summary>
    public CommandKind? Command { get; }

    /// <summary>The piece of the message at fault, as written ("12,345", "@x", "XYZ").</summary>
    public string? Fragment { get; }

    /// <summary>The currency involved, for errors about its decimals or limits.</summary>
    public string? Currency { get; }

    /// <summary>The command the person most likely meant, as they would write it ("#envoyer" for "#envoier").</summary>
    public string? Suggestion { get; }
}
