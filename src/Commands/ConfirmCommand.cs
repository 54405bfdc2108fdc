namespace Conversational.Commands;

/// <summary>"yes", "oui", "نعم": go ahead with what was asked.</summary>
public sealed record ConfirmCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Confirm;
}
