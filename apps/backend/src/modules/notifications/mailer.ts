import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { FollowUpConfig } from '../../config/app-config';
import { FOLLOW_UP_CONFIG } from '../deadlines/follow-up-config';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends e-mail through SMTP_URL; `enabled` is false without it (notifications then stay in the application). */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(@Inject(FOLLOW_UP_CONFIG) private readonly config: FollowUpConfig) {}

  get enabled(): boolean {
    return this.config.smtpUrl !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.config.smtpUrl === null) throw new Error('SMTP_URL is not configured');
    this.transport ??= createTransport(this.config.smtpUrl);
    await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
  }

  onModuleDestroy(): void {
    this.transport?.close();
    this.transport = null;
  }
}
