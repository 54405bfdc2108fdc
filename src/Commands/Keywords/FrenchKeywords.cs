namespace Conversational.Commands.Keywords;

/// <summary>French command words, folded (lower case, no accents: "arrêt" is "arret").</summary>
internal static class FrenchKeywords
{
    public static readonly (string Word, CommandKind Kind)[] Words =
    [
        ("envoyer", CommandKind.Send), ("envoie", CommandKind.Send), ("envoi", CommandKind.Send),
        ("envoyez", CommandKind.Send), ("payer", CommandKind.Send), ("paye", CommandKind.Send),
        ("virer", CommandKind.Send), ("virement", CommandKind.Send),
        ("don", CommandKind.Donate), ("donner", CommandKind.Donate), ("donne", CommandKind.Donate),
        ("acheter", CommandKind.Buy), ("achat", CommandKind.Buy), ("achete", CommandKind.Buy),
        ("commander", CommandKind.Buy),
        ("solde", CommandKind.Balance),
        ("historique", CommandKind.History), ("releve", CommandKind.History),
        ("depenses", CommandKind.Spending), ("depense", CommandKind.Spending),
        ("plus", CommandKind.More), ("suite", CommandKind.More), ("suivant", CommandKind.More),
        ("aide", CommandKind.Help), ("info", CommandKind.Help),
        ("arret", CommandKind.Stop), ("stop", CommandKind.Stop), ("desabonner", CommandKind.Stop),
        ("start", CommandKind.Start), ("demarrer", CommandKind.Start),
        ("oui", CommandKind.Confirm), ("ouais", CommandKind.Confirm), ("ok", CommandKind.Confirm),
        ("confirmer", CommandKind.Confirm), ("valider", CommandKind.Confirm),
        ("non", CommandKind.Cancel), ("annuler", CommandKind.Cancel), ("annule", CommandKind.Cancel),
    ];
}
