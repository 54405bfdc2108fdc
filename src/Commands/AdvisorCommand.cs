namespace Conversational.Commands;

/// <summary>"talk to a human", "#conseiller", "مستشار": hand the conversation to an advisor.</summary>
public sealed record AdvisorCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Advisor;
}
