namespace Conversational.Commands;

/// <summary>The other channel identity a link or unlink names: "+33612345678", "@lea", "telegram @lea", "web alice".
/// Values are normalised: E.164 for a phone, lower case without the @ for the others.</summary>
public sealed record LinkTarget(LinkTargetKind Kind, string? Value)
{
    public override string ToString() => Kind switch
    {
        LinkTargetKind.Phone => Value ?? "",
        LinkTargetKind.Handle => "@" + Value,
        LinkTargetKind.Telegram => Value is null ? "telegram" : "telegram @" + Value,
        _ => Value is null ? "web" : "web " + Value,
    };
}
