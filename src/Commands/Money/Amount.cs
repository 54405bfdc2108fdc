namespace Conversational.Commands.Money;

/// <summary>An amount of money as a person asked for it: integer minor units of an ISO 4217 currency.</summary>
/// <param name="Minor">Minor units (cents for EUR, yen for JPY, millimes for TND); always positive once parsed.</param>
/// <param name="Currency">The ISO 4217 code, upper case ("EUR").</param>
public readonly record struct Amount(long Minor, string Currency);
