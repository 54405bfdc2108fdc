namespace Conversational.Commands;

/// <summary>"START", "/start": messages again after a STOP, or a first hello.</summary>
public sealed record StartCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Start;
}
