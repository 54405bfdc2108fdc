namespace Conversational.Bots.Commerce.Advisors;

/// <summary>One line of a case: from the person, or from an advisor (<see cref="FromAdvisor"/>).</summary>
public sealed record AdvisorMessage(bool FromAdvisor, string Text, DateTimeOffset At, string? Advisor = null);
