using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class RecognisedInitiativeConfiguration : IEntityTypeConfiguration<RecognisedInitiative>
{
    public void Configure(EntityTypeBuilder<RecognisedInitiative> builder)
    {
        builder.ToTable("RecognisedInitiatives");
        builder.Property(i => i.Title).HasMaxLength(RecognisedInitiative.TitleMaxLength);
        builder.HasIndex(i => new { i.PersonId, i.Year });
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
