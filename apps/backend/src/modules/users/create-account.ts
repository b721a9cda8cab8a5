import { ConflictException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AccountScope } from '@tracker/domain';
import { AuditService } from '../audit/audit.service';
import { checkPassword, hashPassword } from '../auth/passwords';
import { checkAccountScope } from './account-scope.check';
import { UserEntity } from './user.entity';

export interface NewAccount {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly scope: AccountScope;
}

/**
 * Opens an account directly, without an invitation: the `create-admin` command for the first
 * administrator. Same password rules and scope checks as an invitation; audited as `actor`.
 */
export async function createAccount(dataSource: DataSource, account: NewAccount, actor: string): Promise<string> {
  const email = account.email.trim().toLowerCase();
  checkPassword(account.password, email);
  const passwordHash = await hashPassword(account.password);
  return dataSource.transaction(async (manager) => {
    await checkAccountScope(manager, account.scope);
    if (await manager.getRepository(UserEntity).existsBy({ email })) throw new ConflictException(`An account with the address ${email} already exists`);
    const id = randomUUID();
    await manager.getRepository(UserEntity).insert({
      id,
      email,
      displayName: account.displayName.trim(),
      passwordHash,
      role: account.scope.role,
      stateIso3: account.scope.stateIso3,
      organisationId: account.scope.organisationId,
      institutionIds: [...account.scope.institutionIds],
      totpSecret: null,
      pendingTotpSecret: null,
      totpLastStep: null,
      lastLoginAt: null,
      deactivatedAt: null,
    });
    await new AuditService().record(manager, {
      actor,
      action: 'create',
      entityType: 'user',
      entityId: id,
      changes: { email: { before: null, after: email }, role: { before: null, after: account.scope.role } },
    });
    return id;
  });
}
