namespace Conversational.Commands;

/// <summary>"continue", "reprendre", "متابعة": pick up the flow where it was left.</summary>
public sealed record ResumeCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Resume;
}
