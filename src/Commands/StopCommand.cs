namespace Conversational.Commands;

/// <summary>"STOP", "ARRET": no more messages until START.</summary>
public sealed record StopCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Stop;
}
