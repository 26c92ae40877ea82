namespace Emulation.Domain.Organization;

public enum UnitKind
{
    Agency,
    Department,
    PublicServiceUnit,

    /// <summary>
    /// The level that receives proposal dossiers in the same deployment (the provincial emulation board, Ban Thi đua –
    /// Khen thưởng of the Sở Nội vụ): a node of its own outside the agency's tree, with its own users; never ranked,
    /// scored, staffed or counted with the agency's units.
    /// </summary>
    ReceivingBoard,
}
