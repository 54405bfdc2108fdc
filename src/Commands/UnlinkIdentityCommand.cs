namespace Conversational.Commands;

/// <summary>"#unlink", "#délier +33612345678", "فك الربط telegram": removes a channel identity from the person's
/// wallet; without a target, the one the message came from.</summary>
public sealed record UnlinkIdentityCommand(Language Language, LinkTarget? Target = null) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Unlink;
}
