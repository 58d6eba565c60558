/** What a merchant signs in to Pathao's merchant API with (sandbox values; not secrets). */
export interface PathaoCredentials {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
}

export const DEFAULT_PATHAO_CREDENTIALS: PathaoCredentials = {
  clientId: '7N1aMJQbWm',
  clientSecret: 'wRcaibZkUdSNz2EI9ZyuXLlNrnAv0TdPUPXMnD39',
  username: 'test@pathao.com',
  password: 'lovePathao',
};

/** The fixed value Pathao expects in our webhook reply header, the same for every merchant (bangladesh-reference §4). */
export const PATHAO_INTEGRATION_SECRET = 'f3992ecc-59da-4cbe-a049-a13da2018d51';
